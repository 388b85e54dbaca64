import type { InputHTMLAttributes, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { cn } from './cn';

type Common = { label: string; name: string; hint?: string; errors?: string[] };

const control = 'mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-sm placeholder:text-slate-400';

export function describedBy(name: string, hint?: string, errors?: string[]) {
  return [hint ? `${name}-hint` : null, errors?.length ? `${name}-error` : null].filter(Boolean).join(' ') || undefined;
}

export function FieldFrame({ label, name, hint, errors, children }: Common & { children: React.ReactNode }) {
  return (
    <div className={cn('space-y-1', errors?.length && 'border-l-4 border-red-700 pl-3')}>
      <label htmlFor={name} className="block text-sm font-semibold text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={`${name}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${name}-error`} className="text-sm font-semibold text-red-700">
          <span className="sr-only">Error: </span>
          {errors.join('. ')}
        </p>
      ) : null}
      {children}
    </div>
  );
}

export function TextField({ label, name, hint, errors, className, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldFrame label={label} name={name} hint={hint} errors={errors}>
      <input
        id={name}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, hint, errors)}
        className={cn(control, errors?.length ? 'border-red-700' : 'border-slate-400', className)}
        {...input}
      />
    </FieldFrame>
  );
}

export function SelectField({
  label,
  name,
  hint,
  errors,
  options,
  placeholder,
  ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: Array<{ value: string; label: string }>; placeholder?: string }) {
  return (
    <FieldFrame label={label} name={name} hint={hint} errors={errors}>
      <select
        id={name}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, hint, errors)}
        className={cn(control, errors?.length ? 'border-red-700' : 'border-slate-400')}
        {...select}
      >
        {placeholder ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function TextAreaField({ label, name, hint, errors, className, ...area }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldFrame label={label} name={name} hint={hint} errors={errors}>
      <textarea
        id={name}
        name={name}
        rows={3}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, hint, errors)}
        className={cn(control, errors?.length ? 'border-red-700' : 'border-slate-400', className)}
        {...area}
      />
    </FieldFrame>
  );
}
