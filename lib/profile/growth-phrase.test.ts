import { describe, expect, it } from 'vitest';
import { growthPhrase } from './growth-phrase';

describe('growthPhrase: an occupation against all occupations (the rule in GROWTH_RULE)', () => {
  it('2024-34, all occupations +3.1%', () => {
    const a = 3.1;
    expect(growthPhrase(7.1, a)).toBe('much faster than average'); // 29-2072 Medical records specialists
    expect(growthPhrase(6.2, a)).toBe('much faster than average'); // exactly twice the average
    expect(growthPhrase(6.1, a)).toBe('faster than average');
    expect(growthPhrase(4.2, a)).toBe('faster than average');
    expect(growthPhrase(4.1, a)).toBe('about as fast as average'); // exactly 1 point above: within it
    expect(growthPhrase(2.1, a)).toBe('about as fast as average');
    expect(growthPhrase(2.0, a)).toBe('slower than average');
    expect(growthPhrase(1.1, a)).toBe('slower than average');
    expect(growthPhrase(1.0, a)).toBe('little or no change');
    expect(growthPhrase(-1.0, a)).toBe('little or no change');
    expect(growthPhrase(-1.1, a)).toBe('decline');
  });

  it('2008-18, all occupations +10.1%: twice the average is 20.2%', () => {
    expect(growthPhrase(20.33, 10.1)).toBe('much faster than average'); // 29-2071, BLS's story
    expect(growthPhrase(20.1, 10.1)).toBe('faster than average');
    expect(growthPhrase(9.5, 10.1)).toBe('about as fast as average');
    expect(growthPhrase(5, 10.1)).toBe('slower than average');
  });

  it('a small average: "much faster" also needs more than 1 point above it', () => {
    expect(growthPhrase(1.6, 0.8)).toBe('about as fast as average');
    expect(growthPhrase(2.0, 0.8)).toBe('much faster than average');
    expect(growthPhrase(-5, -3)).toBe('decline');
  });
});
