// Names of new, duplicated, imported and linked scenarios stay distinguishable in the saved list.
import { describe, expect, it } from 'vitest';
import { distinctName } from '../../../src/scenario/scenario-names';

describe('distinctName', () => {
  it('keeps a name nobody has', () => {
    expect(distinctName('Baseline', ['Scenario 1'])).toBe('Baseline');
  });
  it('numbers a taken name with the first free number', () => {
    expect(distinctName('Scenario 1', ['Scenario 1'])).toBe('Scenario 1 (2)');
    expect(distinctName('Scenario 1', ['Scenario 1', 'Scenario 1 (2)'])).toBe('Scenario 1 (3)');
  });
  it('counts on from the stem of a numbered name instead of nesting numbers', () => {
    expect(distinctName('Этап (2)', ['Этап', 'Этап (2)'])).toBe('Этап (3)');
  });
});
