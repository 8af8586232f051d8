// app/globals.css draws an unlayered `:focus-visible` outline for plain
// elements. Unlayered CSS beats every Tailwind utility whatever its
// specificity, so a primitive that draws its own ring must hide that outline
// with the important modifier, or both show. `outline-hidden` (not `none`)
// keeps a transparent outline that Windows high-contrast mode makes visible,
// since box-shadow rings vanish there.

/** Ring around the element, offset from it (buttons, checkboxes, panels). */
export const focusRing =
  "focus-visible:outline-hidden! focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-bg";

/** Ring inside the element's box, for items in a clipped container (tabs, menu items). */
export const focusRingInset = "focus-visible:outline-hidden! focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-inset";
