import { Card } from "./card";

/** A read that failed, in words, with the way to try it again. */
export function ReadFailed({
  title,
  message,
  onRetry,
  testId,
}: {
  title: string;
  message: string;
  onRetry: () => void;
  testId?: string;
}) {
  return (
    <Card title={title}>
      <p className="text-danger text-sm" role="alert" data-testid={testId}>
        {message}{" "}
        <button type="button" className="underline" onClick={onRetry}>
          Try again
        </button>
      </p>
    </Card>
  );
}
