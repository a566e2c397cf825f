// What happens when: actions keyed by timestamp. The scenario's parts put actions on the agenda;
// `run` takes the times in order, lets every action due then queue its transactions, and mines
// them as one block at that time. Actions may put further actions on the agenda (a bid leads
// to a reveal minutes later); anything due after the end of the history is left undone.
//
// Blocks are what costs: anvil's work per block grows with the size of the state, so the
// scenario mines about a thousand blocks for the month, not one per action. The market's
// auction rounds fix the block times ("anchors"); anything that need not happen at an exact
// second (a stake, an unstake, a commission change) goes `soon` after its time, into the next
// anchored block.

/** @typedef {() => void | Promise<void>} Action */

export class Agenda {
  constructor() {
    /** @type {Map<number, Action[]>} */
    this.slots = new Map();
    /** @type {number[]} min-heap of the times in `slots` */
    this.heap = [];
    /** The time being played, while `run` is inside a slot. */
    this.current = Number.NEGATIVE_INFINITY;
    this.dropped = 0;
    /** @type {number[]} sorted times of blocks that will be mined anyway */
    this.anchors = [];
  }

  /**
   * Declares times at which blocks will be mined anyway.
   * @param {number[]} times
   */
  anchor(times) {
    this.anchors = [...this.anchors, ...times.map(Math.floor)].sort((a, b) => a - b);
  }

  /**
   * Does `action` in the first anchored block at or after `time` (at `time` itself when no
   * anchor follows).
   * @param {number} time
   * @param {Action} action
   */
  soon(time, action) {
    let lo = 0;
    let hi = this.anchors.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (/** @type {number} */ (this.anchors[mid]) < time) lo = mid + 1;
      else hi = mid;
    }
    this.at(this.anchors[lo] ?? time, action);
  }

  /**
   * Does `action` at `time` (whole seconds). A time not later than the slot being played joins
   * that slot, after the actions already in it.
   * @param {number} time
   * @param {Action} action
   */
  at(time, action) {
    const t = Math.max(Math.floor(time), this.current);
    const slot = this.slots.get(t);
    if (slot) {
      slot.push(action);
      return;
    }
    this.slots.set(t, [action]);
    this.push(t);
  }

  /** @param {number} t */
  push(t) {
    const heap = this.heap;
    heap.push(t);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (/** @type {number} */ (heap[parent]) <= t) break;
      heap[i] = /** @type {number} */ (heap[parent]);
      i = parent;
    }
    heap[i] = t;
  }

  /** @returns {number | undefined} */
  pop() {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last !== undefined) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        let value = last;
        if (left < heap.length && /** @type {number} */ (heap[left]) < value) {
          smallest = left;
          value = /** @type {number} */ (heap[left]);
        }
        if (right < heap.length && /** @type {number} */ (heap[right]) < value) smallest = right;
        if (smallest === i) break;
        heap[i] = /** @type {number} */ (heap[smallest]);
        i = smallest;
      }
      heap[i] = last;
    }
    return top;
  }

  /**
   * Plays every slot up to `end` in time order; `mine(time)` seals each slot's block.
   * @param {number} end
   * @param {(time: number) => Promise<void>} mine
   */
  async run(end, mine) {
    for (let t = this.pop(); t !== undefined; t = this.pop()) {
      const actions = this.slots.get(t) ?? [];
      if (t > end) {
        this.dropped += actions.length;
        this.slots.delete(t);
        continue;
      }
      this.current = t;
      // Actions added to this slot while it plays are appended and run too.
      for (let i = 0; i < actions.length; i++) await /** @type {Action} */ (actions[i])();
      this.slots.delete(t);
      this.current = Number.NEGATIVE_INFINITY;
      await mine(t);
    }
  }
}
