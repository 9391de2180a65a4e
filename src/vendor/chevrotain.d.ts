/** Types of the bundled chevrotain (src/vendor/chevrotain.js, written by scripts/bundle-vendor.mjs). */
export * from 'chevrotain';
