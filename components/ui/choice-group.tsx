import { describedBy } from './field';

export type Choice = readonly [value: string, label: string];

// A group of radios or checkboxes with its legend, hint and error, as the GOV.UK pattern has it.
// `chosen` holds the values checked at first (a repeated field arrives as lines: see submittedValues).
export function ChoiceGroup({
  legend,
  name,
  options,
  chosen,
  errors,
  hint,
  type = 'radio',
  inline = false,
  onPick,
}: {
  legend: string;
  name: string;
  options: readonly Choice[];
  chosen: readonly string[];
  errors?: string[];
  hint?: string;
  type?: 'radio' | 'checkbox';
  // Short answers side by side (yes/no, met/not met); longer ones one per line.
  inline?: boolean;
  onPick?: (value: string) => void;
}) {
  const items = options.map(([value, label]) => (
    <label key={value} className={inline ? 'flex items-center gap-2' : 'flex items-start gap-3'}>
      <input
        type={type}
        name={name}
        value={value}
        defaultChecked={chosen.includes(value)}
        onChange={onPick ? () => onPick(value) : undefined}
        className={inline ? 'size-5' : 'mt-1 size-5'}
      />
      <span>{label}</span>
    </label>
  ));
  return (
    <fieldset id={name} className="space-y-2" aria-describedby={describedBy(name, hint, errors)}>
      <legend className="text-base font-semibold text-slate-900">{legend}</legend>
      {hint ? (
        <p id={`${name}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${name}-error`} className="text-sm font-semibold text-red-700">
          <span className="sr-only">Error:</span> {errors.join('. ')}
        </p>
      ) : null}
      {inline ? <div className="flex flex-wrap gap-x-6 gap-y-2">{items}</div> : items}
    </fieldset>
  );
}
