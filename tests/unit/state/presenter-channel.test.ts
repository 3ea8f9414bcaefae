// The presenter channel's messages: what the two windows send is accepted as is; anything else from
// the channel (another tab, another version, a hostile page) is refused without throwing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AtlasMessage,
  newWindowId,
  type PresenterSlide,
  parseChannelMessage,
} from '../../../src/state/presenter-channel';

const FROM = 'a1b2c3d4e5f6a7b8c9d0e1f2';

function slide(n: number, changes: Partial<PresenterSlide> = {}): PresenterSlide {
  return {
    id: n === 1 ? 'industrial-output-2015' : `slide-${n}`,
    title: n === 1 ? { ky: 'Өнөр жай', ru: 'Промышленность', en: 'Industry' } : null,
    caption: { ky: '', ru: 'Подпись <b>', en: `Caption ${n}` },
    notes: { ky: 'Эскертме', ru: '', en: '' },
    source: n === 1 ? '§2.1' : null,
    ...changes,
  };
}

function presenting(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'presenting',
    from: FROM,
    deckName: 'tour',
    deck: [slide(1), slide(2), slide(3)],
    index: 1,
    startedAt: 1_764_000_000_000,
    language: 'ky',
    ...changes,
  };
}

describe('parseChannelMessage', () => {
  it('accepts every message the two windows send, unchanged', () => {
    const messages = [
      presenting(),
      presenting({ deckName: 'slides', index: 0, language: 'en' }),
      { kind: 'idle', from: FROM, reason: 'none', language: 'ru' },
      { kind: 'idle', from: FROM, reason: 'stopped', language: 'en' },
      { kind: 'idle', from: FROM, reason: 'closed', language: 'ky' },
      { kind: 'hello' },
      { kind: 'go', to: FROM, index: 0 },
      { kind: 'go', to: FROM, index: 99 },
      { kind: 'step', to: FROM, offset: 1 },
      { kind: 'step', to: FROM, offset: -1 },
    ];
    for (const message of messages) expect(parseChannelMessage(message)).toEqual(message);
  });

  it('accepts a deck of 100 slides with notes of 2000 characters, and refuses 101', () => {
    const deck = Array.from({ length: 100 }, (_, i) =>
      slide(i + 2, { notes: { ky: 'я'.repeat(2000), ru: '', en: '' } }),
    );
    expect(parseChannelMessage(presenting({ deck, index: 99 }))).not.toBeNull();
    expect(parseChannelMessage(presenting({ deck: [...deck, slide(200)] }))).toBeNull();
  });

  const refused: [string, unknown][] = [
    ['nothing', undefined],
    ['null', null],
    ['a string', 'hello'],
    ['an array', [{ kind: 'hello' }]],
    ['an unknown kind', { kind: 'reload' }],
    ['a hello with more', { kind: 'hello', script: 'x' }],
    ['a step of two', { kind: 'step', to: FROM, offset: 2 }],
    ['a step with no target', { kind: 'step', offset: 1 }],
    ['a go to a fraction', { kind: 'go', to: FROM, index: 1.5 }],
    ['a go below zero', { kind: 'go', to: FROM, index: -1 }],
    ['a go beyond any deck', { kind: 'go', to: FROM, index: 100 }],
    ['a go as text', { kind: 'go', to: FROM, index: '3' }],
    ['a target that is not an id', { kind: 'go', to: 'x', index: 0 }],
    [
      'an idle with an unknown reason',
      { kind: 'idle', from: FROM, reason: 'crashed', language: 'ky' },
    ],
    ['an idle in German', { kind: 'idle', from: FROM, reason: 'none', language: 'de' }],
    ['an empty deck', presenting({ deck: [], index: 0 })],
    ['a deck that is not a list', presenting({ deck: { 0: slide(1) } })],
    ['an index outside the deck', presenting({ index: 3 })],
    ['an unknown deck', presenting({ deckName: 'mine' })],
    ['a start that is not a time', presenting({ startedAt: Number.NaN })],
    ['a start before 1970', presenting({ startedAt: -1 })],
    ['no language', presenting({ language: undefined })],
    ['an extra key', presenting({ html: '<b>' })],
    ['a slide id with markup', presenting({ deck: [slide(1, { id: '<img>' })], index: 0 })],
    [
      'a caption over 500 characters',
      presenting({
        deck: [slide(2, { caption: { ky: '', ru: '', en: 'x'.repeat(501) } })],
        index: 0,
      }),
    ],
    [
      'notes over 2000 characters',
      presenting({
        deck: [slide(2, { notes: { ky: 'x'.repeat(2001), ru: '', en: '' } })],
        index: 0,
      }),
    ],
    [
      'notes missing a language',
      presenting({ deck: [{ ...slide(2), notes: { ky: '', ru: '' } }], index: 0 }),
    ],
    [
      'notes that are not text',
      presenting({ deck: [{ ...slide(2), notes: { ky: 1, ru: '', en: '' } }], index: 0 }),
    ],
    [
      'a slide without notes',
      presenting({ deck: [(({ notes: _n, ...s }) => s)(slide(2))], index: 0 }),
    ],
    ['a title that is text', presenting({ deck: [{ ...slide(2), title: 'Industry' }], index: 0 })],
    ['a source that is a number', presenting({ deck: [{ ...slide(2), source: 2.1 }], index: 0 })],
    ['a slide with a camera', presenting({ deck: [{ ...slide(2), camera: {} }], index: 0 })],
  ];
  it.each(refused)('refuses %s', (_label, data) => {
    expect(parseChannelMessage(data)).toBeNull();
  });

  it('never throws, even on hostile objects', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    expect(parseChannelMessage(hostile)).toBeNull();
    expect(parseChannelMessage(presenting({ deck: [hostile] }))).toBeNull();
    fc.assert(
      fc.property(fc.anything(), (data) => {
        expect(() => parseChannelMessage(data)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('rebuilds what it accepts: nothing beyond the checked fields is passed on', () => {
    const parsed = parseChannelMessage(presenting()) as AtlasMessage;
    expect(parsed).not.toBe(presenting());
    expect(Object.keys(parsed).sort()).toEqual(
      ['deck', 'deckName', 'from', 'index', 'kind', 'language', 'startedAt'].sort(),
    );
  });
});

describe('newWindowId', () => {
  it('gives distinct ids that messages accept', () => {
    const ids = new Set(Array.from({ length: 200 }, newWindowId));
    expect(ids.size).toBe(200);
    for (const id of ids) {
      expect(parseChannelMessage({ kind: 'step', to: id, offset: 1 })).not.toBeNull();
    }
  });
});
