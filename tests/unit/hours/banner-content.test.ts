// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startHoursBanner, type HoursBannerDeps } from '@/utils/content/hours-banner';
import { openExtensionFrame } from '@/utils/content/interstitial-frame';

const SRC = 'chrome-extension://abc/hours-banner.html';
// happy-dom does not load frames and says so on the console for each one: expected here, so quiet.
// happy-dom does not load frames, and tells the process's own stderr so for each one: expected here.
const write = process.stderr.write.bind(process.stderr);
vi.spyOn(process.stderr, 'write').mockImplementation((chunk, ...rest) =>
  String(chunk).includes('Iframe page loading is disabled') ? true : write(chunk, ...(rest as [])),
);
const flush = () => new Promise((r) => setTimeout(r, 0));
const frames = () => document.querySelectorAll(`iframe[src="${SRC}"]`);

let controller = new AbortController();
afterEach(() => {
  controller.abort();
  document.body.innerHTML = '';
  document.documentElement.style.scrollPaddingTop = '';
  document.documentElement.style.paddingTop = '';
});

function start(answers: (() => Promise<{ show: boolean }>)[]) {
  controller = new AbortController();
  const ask = vi.fn(() => (answers.shift() ?? (async () => ({ show: false })))());
  const deps: HoursBannerDeps = { ask, open: () => openExtensionFrame(SRC, { layout: 'banner', title: 'Working-hours reminder' }) };
  return { banner: startHoursBanner(controller.signal, deps), ask };
}

describe('the banner in the page', () => {
  it('opens one extension frame across the top, first in the tab order, without taking focus', async () => {
    document.body.innerHTML = '<button id="site">Site</button>';
    document.getElementById('site')!.focus();
    start([async () => ({ show: true })]);
    await flush();
    const frame = frames()[0] as HTMLIFrameElement;
    expect(frames()).toHaveLength(1);
    expect(document.body.firstElementChild).toBe(frame);
    expect(frame.title).toBe('Working-hours reminder');
    expect(frame.style.position).toBe('fixed');
    expect(frame.style.top).toBe('0px');
    expect(frame.style.height).toBe('3.5rem');
    expect(frame.getAttribute('src')).toBe(SRC); // nothing about the hours rides in the address
    expect(document.activeElement?.id).toBe('site');
  });

  it('never opens two, whatever order the answers come back in', async () => {
    let release!: () => void;
    const slow = () => new Promise<{ show: boolean }>((r) => (release = () => r({ show: true })));
    const { banner } = start([slow, async () => ({ show: true }), async () => ({ show: true })]);
    banner.recheck();
    banner.recheck();
    await flush();
    release();
    await flush();
    expect(frames()).toHaveLength(1);
  });

  it('closes when the background says so, and only the latest answer counts', async () => {
    let release!: () => void;
    const slowYes = () => new Promise<{ show: boolean }>((r) => (release = () => r({ show: true })));
    const { banner } = start([async () => ({ show: true }), slowYes, async () => ({ show: false })]);
    await flush();
    expect(frames()).toHaveLength(1);
    banner.recheck(); // slow yes
    banner.recheck(); // no
    await flush();
    expect(frames()).toHaveLength(0);
    release();
    await flush();
    expect(frames()).toHaveLength(0);
    expect(document.documentElement.style.scrollPaddingTop).toBe('');
  });

  it('waits for the body at document_start', async () => {
    const body = document.body;
    body.remove();
    start([async () => ({ show: true })]);
    await flush();
    expect(frames()).toHaveLength(0);
    document.documentElement.appendChild(body);
    await flush();
    expect(frames()).toHaveLength(1);
    expect(frames()[0]!.parentElement).toBe(document.body);
  });

  it('fits the frame to the banner, and goes when the content script stops', async () => {
    const { banner } = start([async () => ({ show: true })]);
    await flush();
    banner.resize(212.4);
    expect((frames()[0] as HTMLIFrameElement).style.height).toBe('212px');
    controller.abort();
    expect(frames()).toHaveLength(0);
  });

  it('pushes the page down by the strip, covers the page while its dialog is open, and gives the page back its own padding', async () => {
    const root = document.documentElement;
    root.style.setProperty('padding-top', '3px');
    root.style.scrollPaddingTop = '10px';
    // happy-dom lays nothing out: a frame is as tall as its style says.
    const measure = vi.spyOn(HTMLIFrameElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLIFrameElement) {
      return { height: parseFloat(this.style.height) || 0 } as DOMRect;
    });
    const { banner } = start([async () => ({ show: true })]);
    await flush();
    const frame = frames()[0] as HTMLIFrameElement;
    banner.resize(48);
    expect(root.style.getPropertyValue('padding-top')).toBe('51px');
    expect(root.style.getPropertyPriority('padding-top')).toBe('important');
    expect(root.style.scrollPaddingTop).toBe('48px');

    banner.modal(true);
    expect([frame.style.top, frame.style.left, frame.style.width, frame.style.height]).toEqual(['0px', '0px', '100vw', '100vh']);
    expect(frame.style.getPropertyPriority('height')).toBe('important');
    banner.resize(60); // the strip changed under the dialog: remembered, not applied
    expect(frame.style.height).toBe('100vh');
    expect(root.style.getPropertyValue('padding-top')).toBe('51px'); // the page does not jump behind the dialog

    banner.modal(false);
    expect([frame.style.width, frame.style.height, frame.style.bottom]).toEqual(['100%', '60px', 'auto']);
    expect(root.style.getPropertyValue('padding-top')).toBe('63px');
    controller.abort();
    expect(root.style.getPropertyValue('padding-top')).toBe('3px');
    expect(root.style.getPropertyPriority('padding-top')).toBe('');
    expect(root.style.scrollPaddingTop).toBe('10px');
    measure.mockRestore();
  });

  it('shows nothing when the background cannot answer', async () => {
    start([async () => Promise.reject(new Error('worker restarting'))]);
    await flush();
    expect(frames()).toHaveLength(0);
  });
});
