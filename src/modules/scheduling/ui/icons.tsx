// The Availability page's button icons, drawn on one 20-unit grid with one stroke.

const iconProps = {
  viewBox: "0 0 20 20",
  fill: "none",
  stroke: "currentColor",
  strokeWidth: 1.75,
  strokeLinecap: "round",
  strokeLinejoin: "round",
  "aria-hidden": true,
  className: "size-4",
} as const;

export function PlusIcon() {
  return (
    <svg {...iconProps}>
      <path d="M10 4v12M4 10h12" />
    </svg>
  );
}

export function CrossIcon() {
  return (
    <svg {...iconProps}>
      <path d="m5 5 10 10M15 5 5 15" />
    </svg>
  );
}

export function CopyIcon() {
  return (
    <svg {...iconProps}>
      <rect x="7" y="7" width="10" height="10" rx="2" />
      <path d="M13 4.5V4a1.5 1.5 0 0 0-1.5-1.5h-7A1.5 1.5 0 0 0 3 4v7a1.5 1.5 0 0 0 1.5 1.5H5" />
    </svg>
  );
}

export function TrashIcon() {
  return (
    <svg {...iconProps}>
      <path d="M4 6h12M8 6V4.5A1.5 1.5 0 0 1 9.5 3h1A1.5 1.5 0 0 1 12 4.5V6m-6.5 0 .7 9.1A1.5 1.5 0 0 0 7.7 16.5h4.6a1.5 1.5 0 0 0 1.5-1.4L14.5 6" />
    </svg>
  );
}

export function ArrowUpIcon() {
  return (
    <svg {...iconProps}>
      <path d="M10 16V4M5 9l5-5 5 5" />
    </svg>
  );
}

export function ArrowDownIcon() {
  return (
    <svg {...iconProps}>
      <path d="M10 4v12M5 11l5 5 5-5" />
    </svg>
  );
}
