/** What the forms that add a factor are told: the recovery codes when this was the first factor, or that it was not. */
export interface FactorSetupProps {
  onAdded: (recoveryCodes: string[] | null) => void;
  onCancel: () => void;
}
