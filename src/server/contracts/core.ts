// What every contract use case shares: locking the contract, knowing who the actor is,
// compare-and-set transitions that write the timeline, and the money of a milestone.
export * from './authorize';
export * from './lock';
export * from './money';
export * from './write';
