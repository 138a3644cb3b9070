import type { Project } from '../projects/project-response.js';
import { ASSET_TYPE_OF_CATEGORY } from './asset.js';
import type { Asset, AssetProposal } from './asset-response.js';

/** A quantity from a budget line (a decimal string) as a whole count of at least one. */
function wholeQuantity(quantity: string | null): number {
  const value = quantity === null ? 1 : Math.floor(Number(quantity));
  return Number.isFinite(value) && value >= 1 ? value : 1;
}

/**
 * The assets a delivered project leaves behind, proposed from its own record so nothing is typed
 * twice: one per budget line of an asset category, costed at the line's amount, placed at the
 * project's first location and handed to the receiver named on the project.
 */
export function proposeAssets(project: Project): AssetProposal[] {
  const place = project.locations[0];
  const point = place?.geometry?.type === 'Point' ? place.geometry.coordinates : null;
  return project.budgetLines.flatMap((line) => {
    const type = ASSET_TYPE_OF_CATEGORY[line.category];
    if (!type || BigInt(line.amountSatang) <= 0n) {
      return [];
    }
    return [
      {
        type,
        description: line.description,
        quantity: wholeQuantity(line.quantity),
        unit: line.unit,
        valueSatang: line.amountSatang,
        locationAreaCode: place?.areaCode ?? null,
        longitude: point ? point[0] : null,
        latitude: point ? point[1] : null,
        custodianAgencyId: project.receiverAgencyId,
        custodianName: project.receiverName,
      },
    ];
  });
}

const sameItem = (proposal: AssetProposal, asset: Pick<Asset, 'type' | 'description' | 'valueSatang'>) =>
  proposal.type === asset.type &&
  proposal.description === asset.description &&
  proposal.valueSatang === asset.valueSatang;

/**
 * The proposals not yet registered: each registered asset takes away one proposal of the same type,
 * description and cost, so reopening the form never offers what is already on the register.
 */
export function stillToRegister(
  proposals: readonly AssetProposal[],
  registered: readonly Pick<Asset, 'type' | 'description' | 'valueSatang'>[],
): AssetProposal[] {
  const left = [...proposals];
  for (const asset of registered) {
    const index = left.findIndex((proposal) => sameItem(proposal, asset));
    if (index >= 0) {
      left.splice(index, 1);
    }
  }
  return left;
}
