/**
 * The pane's list of bordered cards (quality figures, review records, additions): one look, styled in one place.
 * Style objects, spread into each component's makeStyles.
 */
import { shorthands, tokens } from "@fluentui/react-components";

export const cardList = {
  listStyleType: "none",
  margin: 0,
  padding: 0,
  display: "flex",
  flexDirection: "column",
  gap: tokens.spacingVerticalXS,
} as const;

export const card = {
  display: "flex",
  flexDirection: "column",
  gap: tokens.spacingVerticalXXS,
  padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
  ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke2),
  borderRadius: tokens.borderRadiusMedium,
} as const;
