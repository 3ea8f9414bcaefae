// @vitest-environment jsdom
// Notices speak the interface language, reasons included (issue 10: a damaged link in the Kyrgyz
// interface used to add the codec's English reason to a Kyrgyz notice).
import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/scenario/default-scenario';
import { createScenarioStorage } from '../../src/scenario/scenario-storage';
import { useNoticeStore } from '../../src/state/notice-store';
import { startScenarioSession } from '../../src/state/scenario-session';
import { useScenarioStore } from '../../src/state/scenario-store';
import { Notices } from '../../src/ui/shell/notices';

/** Words of three or more Latin letters: English left in a Kyrgyz or Russian text. */
const LATIN_WORD = /[A-Za-z]{3,}/;

beforeEach(() => {
  useNoticeStore.setState({ notices: [] });
});

async function openDamagedLink(language: 'ky' | 'ru') {
  const scenario = defaultScenario();
  useScenarioStore
    .getState()
    .replaceScenario({ ...scenario, view: { ...scenario.view, language } });
  await startScenarioSession({
    storage: createScenarioStorage(null),
    // "abc" is not lz-string output: the scenario in it cannot be decompressed.
    location: { hash: '#s=abc', search: '' } as Location,
  });
  render(<Notices />);
}

describe('notices', () => {
  it('gives the reason a link is damaged in Kyrgyz, with no English in it', async () => {
    await openDamagedLink('ky');
    const notice = screen.getByText(/Шилтемедеги сценарийди окуу мүмкүн болгон жок/).closest('p');
    expect(notice?.textContent).toMatch(/бузулган/);
    expect(notice?.textContent).not.toMatch(LATIN_WORD);
  });

  it('gives the same reason in Russian', async () => {
    await openDamagedLink('ru');
    const notice = screen.getByText(/Сценарий из ссылки не удалось прочитать/).closest('p');
    expect(notice?.textContent).toMatch(/повреждена/);
    expect(notice?.textContent).not.toMatch(LATIN_WORD);
  });

  it('rewords a notice on screen when the language changes', async () => {
    await openDamagedLink('ky');
    const { setView } = useScenarioStore.getState();
    setView({ language: 'en' });
    expect(
      await screen.findByText(/The link is damaged: its scenario cannot be decompressed/),
    ).toBeInTheDocument();
  });
});
