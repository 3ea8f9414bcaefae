/** The React root of the presenter view (`?presenter`): the presenter screen alone, no atlas. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PresenterScreen } from './presenter-screen';

export function renderPresenterWindow(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <PresenterScreen />
    </StrictMode>,
  );
}
