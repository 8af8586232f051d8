// A short, readable device for a session row ("Firefox on Windows"), not a
// full parser: admins only need to tell one device from another.

const browsers: [RegExp, string][] = [
  [/\bEdg(?:e|A|iOS)?\//, "Edge"],
  [/\bOPR\/|\bOpera\b/, "Opera"],
  [/\bSamsungBrowser\//, "Samsung Internet"],
  [/\bFirefox\/|\bFxiOS\//, "Firefox"],
  [/\bHeadlessChrome\//, "Headless Chrome"],
  [/\bChrom(?:e|ium)\/|\bCriOS\//, "Chrome"],
  [/\bVersion\/[\d.]+.*Safari\//, "Safari"],
];

const systems: [RegExp, string][] = [
  [/\biPhone\b/, "iPhone"],
  [/\biPad\b/, "iPad"],
  [/\bAndroid\b/, "Android"],
  [/\bCrOS\b/, "ChromeOS"],
  [/\bWindows\b/, "Windows"],
  [/\bMac OS X\b|\bMacintosh\b/, "macOS"],
  [/\bLinux\b/, "Linux"],
];

const clients: [RegExp, string][] = [
  [/^curl\//i, "curl"],
  [/^PostmanRuntime\//i, "Postman"],
  [/^python-requests\//i, "Python requests"],
  [/^(?:node-fetch|undici|node)\b/i, "Node.js"],
  [/^okhttp\//i, "OkHttp (Android app)"],
  [/^Dart\//i, "Dart app"],
];

export function describeUserAgent(userAgent: string | null | undefined): string {
  const ua = userAgent?.trim();
  if (!ua) return "Unknown device";
  const client = clients.find(([pattern]) => pattern.test(ua))?.[1];
  if (client) return client;
  const browser = browsers.find(([pattern]) => pattern.test(ua))?.[1];
  const system = systems.find(([pattern]) => pattern.test(ua))?.[1];
  if (browser && system) return `${browser} on ${system}`;
  if (browser || system) return (browser ?? system) as string;
  // Unknown clients: their product token is still more telling than nothing.
  return ua.split(/[\s/]/)[0]?.slice(0, 40) || "Unknown device";
}
