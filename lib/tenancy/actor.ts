// The signed-in person as the data layer sees them. Built fresh from the database on every request.
export type Actor = {
  userId: string;
  email: string;
  name: string;
  isPlatformAdmin: boolean;
};

export type TenantRef = { kind: 'trust' | 'school'; id: string };

export function assertActor(actor: Actor | null | undefined): asserts actor is Actor {
  // An undefined id in a Prisma filter means "no filter": refuse before any query is built.
  if (!actor || typeof actor.userId !== 'string' || actor.userId.length === 0) {
    throw new Error('Data layer called without a signed-in user');
  }
}
