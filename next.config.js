/**
 * Security headers on every response. In production, scripts run only from the site's own files
 * (`script-src 'self'`): pages/ are sent without framework JavaScript (no inline bootstrap, no
 * __NEXT_DATA__), and the scripts they carry are our own, in public/js/ (components/enhance/).
 * The one App Router page, the 404 (app/not-found.tsx), is sent with Next's inline RSC scripts;
 * they are blocked and not needed: the page is complete as server-rendered HTML, and React does
 * not hydrate it (nothing on it is interactive but links and the search form, which need no
 * script; the search suggestions are our own file). Styles keep 'unsafe-inline': React writes
 * style attributes, and a chart's SVG put inline carries its own <style>. Development keeps
 * 'unsafe-inline' and 'unsafe-eval' for Next's dev runtime.
 */
const isDev = process.env.NODE_ENV !== 'production';

const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self'${isDev ? " 'unsafe-inline' 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
];
// No Cross-Origin-Opener-Policy: the site holds no reader's data for another window to reach, and
// with it Chromium put a page arriving from elsewhere in a new browsing context group, where
// creating the page's script context took 17-36 ms of main-thread time instead of 7-14 (measured
// in Lighthouse's mobile runs; bench/DIAGNOSIS.md).

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Lets two builds of the same checkout live side by side (e.g. a benchmark beside tests).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // The chart renderer runs recharts in a worker thread with jsdom; those stay plain Node modules.
  serverExternalPackages: ['jsdom'],
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

module.exports = nextConfig;
