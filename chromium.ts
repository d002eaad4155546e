// Debian's Chromium, the only browser these machines run (never a downloaded
// one: ../shared/TOOLCHAIN.md). Shared by Playwright and the story tests.
// Without the background-networking flags Chromium floods the closed network.
export const chromiumLaunchOptions = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};
