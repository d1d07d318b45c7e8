// A row of buttons that each show one part of a list (all, synced, imported; waiting, resolved): the one shown is
// pressed (aria-pressed), the others are secondary buttons.
import { For } from 'solid-js';

type Props<T> = {
  choices: readonly T[];
  current: T;
  label: (choice: T) => string;
  onPick: (choice: T) => void;
};

export function ShowChoice<T>(props: Props<T>) {
  return (
    <p>
      <For each={props.choices}>
        {(choice) => <button type="button" class={props.current === choice ? '' : 'secondary'} aria-pressed={props.current === choice}
          onClick={() => props.onPick(choice)}>{props.label(choice)}</button>}
      </For>
    </p>
  );
}
