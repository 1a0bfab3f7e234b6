// A test that logs fails, so noise never hides a real warning.
for (const method of ['log', 'warn', 'error', 'info', 'debug'] as const) {
  const original = console[method].bind(console);
  console[method] = (...args: unknown[]): void => {
    original(...args);
    throw new Error(`console.${method} called during a test: ${args.map(String).join(' ').slice(0, 200)}`);
  };
}
