// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attributeDrift, guardFrame, HARDENED, type FrameGuardOptions } from '@/utils/content/frame-guard';
import { openExtensionFrame } from '@/utils/content/interstitial-frame';

// happy-dom does not load frames, and tells the process's own stderr so for each one: expected here.
const write = process.stderr.write.bind(process.stderr);
vi.spyOn(process.stderr, 'write').mockImplementation((chunk, ...rest) =>
  String(chunk).includes('Iframe page loading is disabled') ? true : write(chunk, ...(rest as [])),
);

const SRC = 'chrome-extension://abc/interstitial.html';
let queue: (() => void)[] = [];
let clock = 0;
const stops: (() => void)[] = [];

/** Lets the observers report, then runs what waits for the next animation frame. */
async function nextFrame(): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  for (const run of queue.splice(0)) run();
}

function guarded(extra: Partial<FrameGuardOptions> = {}) {
  const frame = document.createElement('iframe');
  frame.src = SRC;
  const home = () => document.body ?? document.documentElement;
  const place = (f: HTMLIFrameElement) => home().appendChild(f);
  place(frame);
  const tell = vi.fn();
  const guard = guardFrame(frame, {
    style: { position: 'fixed', inset: '0', 'z-index': '2147483647' },
    home,
    place,
    schedule: (run) => void queue.push(run),
    now: () => clock,
    tell,
    ...extra,
  });
  stops.push(() => guard.stop());
  return { frame, guard, tell };
}

beforeEach(() => {
  queue = [];
  clock = 0;
  document.body.innerHTML = '<main id="site"><button>Play</button></main>';
});
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  vi.useRealTimers();
});

describe('what changed on a frame', () => {
  it('names every attribute added, changed or taken away', () => {
    expect(attributeDrift({ src: 'a', style: 'opacity: 1' }, { src: 'a', style: 'opacity: 1' })).toEqual([]);
    expect(attributeDrift({ src: 'a', style: 'opacity: 1' }, { src: 'b', class: 'x' })).toEqual(['class', 'src', 'style']);
  });
});

describe('a guarded frame', () => {
  it('holds its layout and every hardening declaration as !important', () => {
    const { frame } = guarded();
    for (const [name, value] of Object.entries({ ...HARDENED, position: 'fixed', 'z-index': '2147483647' })) {
      expect(frame.style.getPropertyPriority(name), name).toBe('important');
      if (['opacity', 'position', 'z-index', 'visibility', 'pointer-events', 'transform', 'filter'].includes(name)) expect(frame.style.getPropertyValue(name)).toBe(value);
    }
  });

  it('puts back styles the page changed, on the next animation frame, and tells the frame it was disturbed', async () => {
    const { frame, tell } = guarded();
    const before = frame.getAttribute('style');
    frame.style.opacity = '0';
    frame.style.setProperty('transform', 'translate(-300px, 200px)');
    expect(queue).toHaveLength(0); // nothing done inside the observer itself
    await nextFrame();
    expect(frame.getAttribute('style')).toBe(before);
    expect(frame.style.getPropertyValue('opacity')).toBe('1');
    expect(tell).toHaveBeenCalledTimes(1);
  });

  it('many changes in one frame are one repair', async () => {
    const { frame, tell } = guarded();
    for (let i = 0; i < 20; i++) frame.style.top = `${i}px`;
    await new Promise((r) => setTimeout(r, 0));
    expect(queue).toHaveLength(1);
    await nextFrame();
    expect(tell).toHaveBeenCalledTimes(1);
  });

  it('takes away attributes the page added (a class its style sheet hides, hidden, inert) and puts back its own', async () => {
    const { frame, tell } = guarded();
    frame.className = 'gone';
    frame.hidden = true;
    frame.setAttribute('inert', '');
    frame.removeAttribute('style');
    await nextFrame();
    expect(frame.hasAttribute('class')).toBe(false);
    expect(frame.hidden).toBe(false);
    expect(frame.hasAttribute('inert')).toBe(false);
    expect(frame.style.getPropertyValue('opacity')).toBe('1');
    expect(frame.getAttribute('src')).toBe(SRC);
    expect(tell).toHaveBeenCalledTimes(1);
  });

  it('leaves a frame alone when nothing of its changed', async () => {
    const { frame, tell } = guarded();
    document.getElementById('site')!.append(document.createElement('div'));
    frame.setAttribute('data-x', '1');
    frame.removeAttribute('data-x');
    await nextFrame();
    expect(tell).not.toHaveBeenCalled();
  });

  it('puts back a frame the page removed, and one it moved into its own element', async () => {
    const { frame } = guarded();
    frame.remove();
    await nextFrame();
    expect(frame.parentNode).toBe(document.body);
    clock = 1000;
    document.getElementById('site')!.append(frame);
    await nextFrame();
    expect(frame.parentNode).toBe(document.body);
  });

  it('follows the page to a new body', async () => {
    const { frame } = guarded();
    const body = document.createElement('body');
    document.documentElement.replaceChild(body, document.body);
    await nextFrame();
    expect(frame.parentNode).toBe(body);
    clock = 1000;
    frame.remove();
    await nextFrame();
    expect(frame.parentNode).toBe(body);
  });

  it('puts it back no more than once in the gap, however often the page removes it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const place = vi.fn((f: HTMLIFrameElement) => document.body.appendChild(f));
    const { frame } = guarded({ place, reinsertGapMs: 250 });
    frame.remove();
    await vi.advanceTimersByTimeAsync(0);
    queue.splice(0).forEach((run) => run());
    expect(place).toHaveBeenCalledTimes(1);
    clock = 100;
    frame.remove();
    await vi.advanceTimersByTimeAsync(0);
    queue.splice(0).forEach((run) => run());
    expect(frame.isConnected).toBe(false);
    clock = 250;
    await vi.advanceTimersByTimeAsync(150);
    queue.splice(0).forEach((run) => run());
    expect(place).toHaveBeenCalledTimes(2);
    expect(frame.parentNode).toBe(document.body);
  });

  it('keeps its own changes (a banner fitting its content) without calling them a disturbance', async () => {
    const { frame, guard, tell } = guarded();
    guard.restyle({ height: '120px' });
    await nextFrame();
    expect(frame.style.getPropertyValue('height')).toBe('120px');
    expect(frame.style.getPropertyPriority('height')).toBe('important');
    frame.style.height = '1px';
    await nextFrame();
    expect(frame.style.getPropertyValue('height')).toBe('120px');
    expect(tell).toHaveBeenCalledTimes(1);
  });

  it('shows the frame in the top layer, and puts it back there when the page hides it', async () => {
    let open = false;
    const frame = document.createElement('iframe');
    const showPopover = vi.fn(() => void (open = true));
    Object.assign(frame, { showPopover, matches: (selector: string) => selector === ':popover-open' && open });
    document.body.append(frame);
    const tell = vi.fn();
    const guard = guardFrame(frame, { style: {}, home: () => document.body, place: (f) => document.body.append(f), schedule: (run) => void queue.push(run), tell, heartbeatMs: 10 });
    stops.push(() => guard.stop());
    expect(frame.getAttribute('popover')).toBe('manual');
    expect(showPopover).toHaveBeenCalledTimes(1);
    // hidePopover() touches no attribute: the next look finds it out of the top layer.
    open = false;
    await new Promise((r) => setTimeout(r, 30));
    queue.splice(0).forEach((run) => run());
    expect(showPopover).toHaveBeenCalledTimes(2);
    expect(tell).toHaveBeenCalledTimes(1);
  });

  it('stops when Chalkline closes the frame', async () => {
    const { frame, guard } = guarded();
    guard.stop();
    frame.style.opacity = '0';
    frame.remove();
    await nextFrame();
    expect(frame.isConnected).toBe(false);
    expect(frame.style.opacity).toBe('0');
  });
});

describe("Chalkline's frames are guarded", () => {
  it('a dialog the page removes comes back; once closed, it stays closed', async () => {
    const frame = openExtensionFrame(SRC, { layout: 'dialog' });
    const iframe = () => document.querySelector<HTMLIFrameElement>(`iframe[src="${SRC}"]`);
    const first = iframe()!;
    expect(first.style.getPropertyPriority('opacity')).toBe('important');
    first.remove();
    await new Promise((r) => setTimeout(r, 50));
    expect(iframe()).toBe(first);
    frame.close();
    await new Promise((r) => setTimeout(r, 50));
    expect(iframe()).toBeNull();
  });

  it('a banner the page removes comes back first in the page', async () => {
    const frame = openExtensionFrame(SRC, { layout: 'banner', title: 'Working-hours reminder' });
    const iframe = document.querySelector<HTMLIFrameElement>(`iframe[src="${SRC}"]`)!;
    iframe.remove();
    await new Promise((r) => setTimeout(r, 50));
    expect(document.body.firstElementChild).toBe(iframe);
    frame.close();
  });
});
