import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { TestBed } from '@angular/core/testing';
import { ToolsLoad } from './tools-load';

/** Lets timers, animation frames and promises run for `ms` of fake time. */
async function pass(ms: number): Promise<void> {
  await jest.advanceTimersByTimeAsync(ms);
}

describe('ToolsLoad', () => {
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  function start(): ToolsLoad {
    jest.useFakeTimers();
    TestBed.configureTestingModule({});
    return TestBed.inject(ToolsLoad);
  }

  it('waits, once the first page is shown, until the person reaches for the page', async () => {
    const tools = start();
    await pass(100);
    expect(tools.due()).toBe(false);

    document.dispatchEvent(new Event('pointermove'));
    await pass(0);
    expect(tools.due()).toBe(true);
  });

  it('takes a key, a touch or a scroll as reaching for the page too', async () => {
    for (const name of ['keydown', 'touchstart', 'scroll', 'wheel', 'pointerdown']) {
      TestBed.resetTestingModule();
      const tools = start();
      await pass(100);
      document.body.dispatchEvent(new Event(name, { bubbles: false }));
      await pass(0);
      expect([name, tools.due()]).toEqual([name, true]);
      jest.useRealTimers();
    }
  });

  it('loads the tools anyway after 4 s untouched', async () => {
    const tools = start();
    await pass(3900);
    expect(tools.due()).toBe(false);
    await pass(200);
    expect(tools.due()).toBe(true);
  });

  it('counts the 4 s from when the browser started loading the page', async () => {
    // A page the server rendered has been shown for seconds before the app took it over.
    const tools = start();
    jest.spyOn(performance, 'now').mockReturnValue(5000);
    await pass(100);
    expect(tools.due()).toBe(true);
  });

  it('does not count what happened before the first page was shown', async () => {
    const tools = start();
    // The app is stable only after this task; an event now comes before the page was shown.
    document.dispatchEvent(new Event('pointermove'));
    await pass(100);
    expect(tools.due()).toBe(false);
  });
});
