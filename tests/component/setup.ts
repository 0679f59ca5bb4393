// Runs before every component test file (vite.config.ts → project 'component').
// jest-dom matchers (toHaveFocus, toBeVisible, …) for Vitest's expect.
import '@testing-library/jest-dom/vitest';
// Unmounts rendered components after each test, also without Vitest globals.
import '@testing-library/svelte/vitest';
