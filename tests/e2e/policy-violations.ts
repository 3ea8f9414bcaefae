// Collects every Content-Security-Policy violation the app reports: in its pages (a
// `securitypolicyviolation` listener added before any script of the page runs) and in its
// dedicated and service workers (a buffered ReportingObserver, which also returns the reports made
// before Playwright could reach the worker). Each report comes back as a console message.
import type { BrowserContext, ConsoleMessage, Page, Worker } from '@playwright/test';

const MARKER = '[csp-violation] ';

/** One violation: the directive that refused, what it refused and where it happened. */
export type PolicyViolation = { directive: string; blocked: string; where: string };

function listenInPage(marker: string): void {
  document.addEventListener('securitypolicyviolation', (event) => {
    const report = {
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      where: `${event.sourceFile || location.href}:${event.lineNumber}`,
    };
    console.warn(marker + JSON.stringify(report));
  });
}

/** The fields of a CSP report body that we keep (the DOM types declare only its toJSON). */
type CspReportBody = { effectiveDirective: string; blockedURL?: string; documentURL: string };

type WorkerScope = typeof globalThis & { __cspPending?: () => PolicyViolation[] };

function observeInWorker(marker: string): void {
  const scope = globalThis as WorkerScope;
  if (scope.__cspPending) return;
  const fields = ({ body }: Report): PolicyViolation => {
    const csp = body as unknown as CspReportBody;
    return {
      directive: csp.effectiveDirective,
      blocked: csp.blockedURL ?? '',
      where: csp.documentURL,
    };
  };
  const observer = new ReportingObserver(
    (reports) => {
      for (const report of reports) console.warn(marker + JSON.stringify(fields(report)));
    },
    { types: ['csp-violation'], buffered: true },
  );
  observer.observe();
  // Reports still queued for the observer's next callback, handed over at once.
  scope.__cspPending = () => observer.takeRecords().map(fields);
}

/**
 * `question`'s answer, or `otherwise` if it fails or takes longer than a few seconds: a page
 * whose main thread is still busy (a 300 dpi export) must not hold up the end of its test.
 */
function answerWithin<T>(question: Promise<T>, otherwise: T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(otherwise), 5_000);
  });
  return Promise.race([question.catch(() => otherwise), late]).finally(() => clearTimeout(timer));
}

/** Watches browser contexts and keeps what they report, in order. */
export class PolicyViolations {
  private readonly found: PolicyViolation[] = [];
  private readonly workers = new Set<Worker>();
  private readonly contexts: BrowserContext[] = [];

  private get pages(): Page[] {
    return this.contexts.flatMap((context) => context.pages());
  }

  /** Starts listening in `context`: its pages, their workers and its service workers. */
  async watch(context: BrowserContext): Promise<void> {
    this.contexts.push(context);
    context.on('console', (message) => this.read(message));
    await context.addInitScript(listenInPage, MARKER);
    const observe = (worker: Worker) => {
      this.workers.add(worker);
      worker.on('close', () => this.workers.delete(worker));
      worker.evaluate(observeInWorker, MARKER).catch(() => undefined); // it may already be gone
    };
    context.on('serviceworker', observe);
    for (const worker of context.serviceWorkers()) observe(worker);
    context.on('page', (page) => page.on('worker', observe));
    for (const page of context.pages()) page.on('worker', observe);
  }

  /** Hands over the reports still queued in live workers, then everything found so far. */
  async collected(): Promise<PolicyViolation[]> {
    const pending = await Promise.all(
      [...this.workers].map((worker) =>
        answerWithin(
          worker.evaluate(() => (globalThis as WorkerScope).__cspPending?.() ?? []),
          [],
        ),
      ),
    );
    this.found.push(...pending.flat());
    // A page's report is an event task queued when the violation happened: one round trip later
    // its console message has arrived (messages of a page come in order).
    await Promise.all(
      this.pages.map((page) =>
        answerWithin(
          page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve))),
          undefined,
        ),
      ),
    );
    return [...this.found];
  }

  /** Everything found so far, which is then forgotten (for tests that cause a violation). */
  async take(): Promise<PolicyViolation[]> {
    const found = await this.collected();
    this.found.length = 0;
    return found;
  }

  private read(message: ConsoleMessage): void {
    const text = message.text();
    if (text.startsWith(MARKER)) this.found.push(JSON.parse(text.slice(MARKER.length)));
  }
}
