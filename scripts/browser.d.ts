import type { BrowserContext } from 'playwright-core';
export const CHROMIUM: string;
export const CHROMIUM_ARGS: string[];
export function launchChromium(o?: { width?: number; height?: number }): Promise<{ context: BrowserContext; close: () => Promise<void> }>;
