import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

/** A virtual X display with a real keyboard path into the browser (Xvfb), for what only a person's key press can do. */
export interface Display {
  /** ":N", for the browser's DISPLAY. */
  name: string;
  /** Presses keys as a person does (xdotool through XTEST): the browser's own shortcuts see them. */
  press(keys: string): void;
  /** Moves the pointer (the focus follows it on a display with no window manager). */
  pointAt(x: number, y: number): void;
  stop(): void;
}

/** Why the keyboard tests cannot run here, or null when Xvfb and xdotool are installed. */
export function displayMissing(): string | null {
  const missing = ['/usr/bin/Xvfb', '/usr/bin/xdotool'].filter((p) => !existsSync(p));
  return missing.length ? `needs ${missing.join(' and ')} (Debian packages xvfb and xdotool; npm test installs them as root)` : null;
}

/** Starts Xvfb on a free display number and waits until it accepts clients. */
export async function startDisplay(): Promise<Display> {
  for (let n = 90 + Math.floor(Math.random() * 100); ; n++) {
    if (existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`)) continue;
    const server: ChildProcess = spawn('/usr/bin/Xvfb', [`:${n}`, '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    const name = `:${n}`;
    const run = (args: string[]) => {
      const r = spawnSync('/usr/bin/xdotool', args, { env: { ...process.env, DISPLAY: name }, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`xdotool ${args.join(' ')} failed: ${r.stderr}`);
    };
    for (let i = 0; i < 100 && !existsSync(`/tmp/.X11-unix/X${n}`); i++) await new Promise((r) => setTimeout(r, 50));
    if (!existsSync(`/tmp/.X11-unix/X${n}`)) {
      server.kill();
      continue;
    }
    return {
      name,
      press: (keys) => run(['key', '--clearmodifiers', keys]),
      pointAt: (x, y) => run(['mousemove', String(x), String(y)]),
      stop: () => server.kill(),
    };
  }
}
