/** Messages the app owes the user (a link that could not be read, storage that is full…). */
import { create } from 'zustand';
import type { MessageKey } from '../i18n/messages';

export type Notice = {
  id: number;
  tone: 'info' | 'warning' | 'error';
  message: MessageKey;
  /** Text from outside (a file's problem, a browser error): always shown as plain text. */
  detail?: string;
};

type NoticeState = {
  notices: Notice[];
  notify: (notice: Omit<Notice, 'id'>) => void;
  dismiss: (id: number) => void;
};

let nextId = 1;

export const useNoticeStore = create<NoticeState>()((set) => ({
  notices: [],
  notify: (notice) =>
    set((state) => ({
      // The same message twice in a row is shown once.
      notices: state.notices.some((n) => n.message === notice.message && n.detail === notice.detail)
        ? state.notices
        : [...state.notices, { ...notice, id: nextId++ }],
    })),
  dismiss: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
}));
