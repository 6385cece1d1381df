import { Tag } from 'antd';
import type { ReactNode } from 'react';

// antd's preset tag colours fall below WCAG AA contrast (4.5:1); these pairs pass it.
const TONES = {
  blue: { color: '#1e3a8a', background: '#dbeafe', borderColor: '#93c5fd' },
  red: { color: '#991b1b', background: '#fee2e2', borderColor: '#fca5a5' },
  orange: { color: '#7c2d12', background: '#ffedd5', borderColor: '#fdba74' },
  green: { color: '#14532d', background: '#dcfce7', borderColor: '#86efac' },
  grey: { color: '#374151', background: '#f3f4f6', borderColor: '#d1d5db' },
} as const;

export type Tone = keyof typeof TONES;

export function StatusTag({
  tone,
  children,
  testId,
}: {
  tone: Tone;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <span data-testid={testId}>
      <Tag style={TONES[tone]}>{children}</Tag>
    </span>
  );
}

/** A secondary line dark enough to read (antd's description grey is below 4.5:1). */
export const SUBTLE = { color: '#374151' } as const;

/** The link colour of the app's theme (#1d4ed8: 6.7:1 on white). */
export const LINK = { color: '#1d4ed8' } as const;
