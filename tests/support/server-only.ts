// Stand-in for the `server-only` marker in tests, which import services directly.
export {};
