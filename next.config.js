/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The chart renderer runs recharts in a worker thread with jsdom; those stay plain Node modules.
  serverExternalPackages: ['jsdom'],
};

module.exports = nextConfig;
