/**
 * Every edit to a project, as data. The store's loop:
 *
 *   const result = applyCommand(project, moveCards(mapId, ids, hit), 'Move cards')
 *   history.push(result)            // or { ...result, coalesceKey: `text:${cardId}` } while typing
 *   project = result.project        // immutable, structurally shared
 *   project = history.undo(project)?.project ?? project
 *
 * Factories validate their inputs when the command runs (CommandError for
 * unknown maps, stages, lanes), clamp values to the schema, and pick new ids
 * when the factory is called, so a command replays identically.
 */
export { applyCommand, batch, CommandError, type Command, type CommandResult } from './apply'
export { compareCellOrder, orderBetween, ordersBetween } from './order'
export {
  addCard,
  addCardsFromText,
  addVotes,
  cellCards,
  deleteCards,
  editCardText,
  moveCards,
  recolorCards,
  setCardFields,
  type CardFields,
  type CellTarget,
  type CreatingCommand,
  type MoveTarget,
  type NewCard,
} from './cards'
export { ClipboardCard, ClipboardPayload, copyCards, duplicateCards, pasteCards, type PasteTarget } from './clipboard'
export {
  addLane,
  addStage,
  deleteLane,
  deleteStage,
  editStage,
  LANE_HEIGHT,
  moveLane,
  moveStage,
  renameLane,
  renameStage,
  resizeLane,
  resizeStage,
  setLaneKind,
  STAGE_WIDTH,
  type NewLane,
  type NewStage,
  type StageFields,
} from './structure'
export { addLink, deleteLinks, setLinkLabel, type NewLink } from './links'
export { deleteEmotionPoint, setEmotionPoint, type EmotionPlace, type EmotionValues } from './emotions'
export { addMap, addMapFromTemplate, deleteMap, renameMap, renameProject } from './maps'
export { History, type HistoryEntry, type HistoryOptions, type Step } from './history'
export {
  addChannel,
  addPersona,
  addTeam,
  deleteChannel,
  deletePersona,
  deleteTeam,
  editPersona,
  recolorTeam,
  renameChannel,
  renameTeam,
  setChannelIcon,
  setMapPersona,
  setMapType,
  TEAM_PALETTE,
  teamUsage,
  type NewChannel,
  type NewPersona,
  type NewTeam,
  type PersonaFields,
} from './project-lists'
