import type { MouseEvent } from 'react';
import { focusMain, MAIN_ID } from './focusMain';
import classes from './SkipLink.module.css';

/** First tab stop: jumps past header and navigation. It focuses <main> in code, because following a
 *  `#fragment` would change the hash route. */
export function SkipLink() {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    focusMain();
  };
  return (
    <a href={`#${MAIN_ID}`} className={classes.link} onClick={onClick}>
      Skip to content
    </a>
  );
}
