import { TabNav } from "~/components/ui/tab-nav";

const ACCOUNT_PAGES = [
  { href: "/profile", label: "Profile" },
  { href: "/profile/security", label: "Security" },
  { href: "/profile/data", label: "Your data" },
];

export default function ProfileLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <TabNav label="Your account" items={ACCOUNT_PAGES} className="border-line mb-6 border-b" />
      {children}
    </>
  );
}
