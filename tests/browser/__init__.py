"""End-to-end tests that drive the Wagtail admin in a real Chromium through Playwright."""
