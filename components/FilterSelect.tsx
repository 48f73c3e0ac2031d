export type FilterOption = { value: string; label: string };

/** A labelled select of a GET filter form, with "any" as its empty choice. */
export function FilterSelect({
  name,
  label,
  any,
  options,
  value,
}: {
  name: string;
  label: string;
  any: string;
  options: FilterOption[];
  value?: string | number;
}) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={`filter-${name}`} className="text-sm font-semibold">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value === undefined ? "" : String(value)} className="input max-w-full">
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
