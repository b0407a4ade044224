/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Lets two builds of the same checkout live side by side (e.g. a benchmark beside tests).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  reactStrictMode: true,
  // The chart renderer runs recharts in a worker thread with jsdom; those stay plain Node modules.
  serverExternalPackages: ['jsdom'],
};

module.exports = nextConfig;
