/** Messages the app owes the user (a link that could not be read, storage that is full…). */
import { create } from 'zustand';
import type { Wording } from '../i18n/wording';

export type Notice = {
  id: number;
  tone: 'info' | 'warning' | 'error';
  /** What happened, worded when shown: a notice always reads in the interface language. */
  message: Wording;
  /**
   * Why, one line each (a link's or a file's problem). Values from outside, such as a file's
   * name, are kept as plain text.
   */
  reasons?: Wording[];
};

type NoticeState = {
  notices: Notice[];
  notify: (notice: Omit<Notice, 'id'>) => void;
  dismiss: (id: number) => void;
};

let nextId = 1;

const sameText = (a: Omit<Notice, 'id'>, b: Omit<Notice, 'id'>) =>
  JSON.stringify([a.message, a.reasons ?? []]) === JSON.stringify([b.message, b.reasons ?? []]);

export const useNoticeStore = create<NoticeState>()((set) => ({
  notices: [],
  notify: (notice) =>
    set((state) => ({
      // The same message twice in a row is shown once.
      notices: state.notices.some((shown) => sameText(shown, notice))
        ? state.notices
        : [...state.notices, { ...notice, id: nextId++ }],
    })),
  dismiss: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
}));
