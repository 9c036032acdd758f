import { Alert } from 'antd';
import type { CSSProperties } from 'react';

/** A read that failed, in the register's own words (an ApiError's message is in the clerk's language). */
export function LoadError({ error, style }: { error: Error | null; style?: CSSProperties }) {
  if (!error) return null;
  return <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12, ...style }} data-testid="load-error" />;
}
