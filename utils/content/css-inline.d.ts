// Vite's `?inline` CSS import: the stylesheet as a string (used by the content script).
declare module '*.css?inline' {
  const css: string;
  export default css;
}
