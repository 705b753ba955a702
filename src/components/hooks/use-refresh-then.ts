import { useRouter } from "next/navigation";

/**
 * For a mutation's onSuccess: re-render the server components (so the page shows the change),
 * then carry on, usually by closing the form.
 */
export function useRefreshThen(then: () => void) {
  const router = useRouter();
  return () => {
    router.refresh();
    then();
  };
}
