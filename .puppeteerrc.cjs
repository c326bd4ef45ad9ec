// The test runner's Firefox launcher depends on puppeteer, whose install step would download a
// browser. Tests use the system browsers instead (CHROME_PATH, FIREFOX_PATH), so skip it.
module.exports = { skipDownload: true };
