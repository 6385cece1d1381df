// What jsdom lacks and antd's responsive components ask for.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

// React's scheduler and antd's rc-components post tasks through MessageChannel, absent in jsdom.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const threads = require('node:worker_threads') as typeof import('node:worker_threads');
Object.assign(globalThis, { MessageChannel: threads.MessageChannel });
