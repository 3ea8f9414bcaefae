// @vitest-environment jsdom
// The view store remembers the language in storage and in the URL, and toggles overlays.
import { beforeEach, describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY, useViewStore } from '../../../src/state/view-store';

beforeEach(() => {
  localStorage.clear();
  useViewStore.setState({ language: 'ky', selection: null });
});

describe('view store', () => {
  it('remembers a language choice and writes it to the URL', () => {
    useViewStore.getState().setLanguage('en');
    expect(useViewStore.getState().language).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(new URL(window.location.href).searchParams.get('lang')).toBe('en');
  });

  it('toggles one overlay without touching the others', () => {
    const before = useViewStore.getState().visibleOverlays;
    useViewStore.getState().toggleOverlay('clusters');
    const after = useViewStore.getState().visibleOverlays;
    expect(after.clusters).toBe(!before.clusters);
    expect(after.growthNodes).toBe(before.growthNodes);
  });
});
