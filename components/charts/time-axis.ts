/** MM-DD of a unix time in seconds, UTC: the tick of a chart spanning days. */
function day(timestamp: number): string {
  return new Date(timestamp * 1000).toISOString().slice(5, 10);
}

/** The x axis of a line over time: unix seconds in `t`, from the first point to the last, ticked by day. */
export const TIME_AXIS = {
  dataKey: "t",
  type: "number",
  domain: ["dataMin", "dataMax"],
  tickFormatter: day,
  stroke: "currentColor",
  fontSize: 11,
} as const;
