/**
 * Project-wide lists the inspector edits: teams, channels, personas, and the
 * per-map settings that point at them (map type, persona). Deleting a list
 * item also removes every reference to it, so a project never points at
 * something that is gone.
 */
import { HexColor, LIMITS, newId, type ChannelIcon, type MapType, type Persona } from '../model'
import { CommandError, type Command } from './apply'
import { creating, type CreatingCommand } from './cards'
import { clampText, findMap, readList } from './lookup'

/** Team colours offered by the UI: distinct, readable as chips on white and on paper notes. */
export const TEAM_PALETTE = ['#3355cc', '#0e9384', '#c4320a', '#7a5af8', '#dc6803', '#dd2590', '#4e5ba6', '#3b7c0f'] as const

function requireColor(color: string): string {
  if (!HexColor.safeParse(color).success) throw new CommandError(`not a hex colour: ${color}`)
  return color
}

function cleanName(name: string): string {
  return clampText(name.trim(), LIMITS.shortText)
}

// Teams ---------------------------------------------------------------------

export interface NewTeam {
  name: string
  color: string
  id?: string
}

export function addTeam(seed: NewTeam): CreatingCommand {
  const id = seed.id ?? newId('t')
  const color = requireColor(seed.color)
  return creating((draft) => {
    if (draft.teams.some((t) => t.id === id)) throw new CommandError(`team ${id} exists`)
    draft.teams.push({ id, name: cleanName(seed.name), color })
  }, [id])
}

function requireTeam(draft: Parameters<Command>[0], teamId: string) {
  const team = draft.teams.find((t) => t.id === teamId)
  if (!team) throw new CommandError(`no team ${teamId}`)
  return team
}

export function renameTeam(teamId: string, name: string): Command {
  return (draft) => {
    const team = requireTeam(draft, teamId)
    const next = cleanName(name)
    if (team.name !== next) team.name = next
  }
}

export function recolorTeam(teamId: string, color: string): Command {
  const checked = requireColor(color)
  return (draft) => {
    const team = requireTeam(draft, teamId)
    if (team.color !== checked) team.color = checked
  }
}

/** How many cards (in all maps) name the team: the UI confirms before deleting a team in use. */
export function teamUsage(project: { maps: ReadonlyArray<{ cards: ReadonlyArray<{ teamIds: readonly string[] }> }> }, teamId: string): number {
  let n = 0
  for (const map of project.maps) for (const card of map.cards) if (card.teamIds.includes(teamId)) n++
  return n
}

/** Deletes a team and its every mention: cards' teams, stages' team roles, action item owners. */
export function deleteTeam(teamId: string): Command {
  return (draft) => {
    requireTeam(draft, teamId)
    draft.teams = draft.teams.filter((t) => t.id !== teamId)
    for (const map of draft.maps) {
      const cards = readList(map.cards)
      cards.forEach((plain, i) => {
        if (!plain.teamIds.includes(teamId)) return
        const card = map.cards[i]
        if (card) card.teamIds = card.teamIds.filter((id) => id !== teamId)
      })
      for (const stage of map.stages) {
        if (stage.teamRoles.some((r) => r.teamId === teamId)) stage.teamRoles = stage.teamRoles.filter((r) => r.teamId !== teamId)
      }
      for (const item of map.actionItems) {
        if (item.ownerTeamId === teamId) delete item.ownerTeamId
      }
    }
  }
}

// Channels ------------------------------------------------------------------

export interface NewChannel {
  name: string
  icon?: ChannelIcon
  id?: string
}

export function addChannel(seed: NewChannel): CreatingCommand {
  const id = seed.id ?? newId('ch')
  return creating((draft) => {
    if (draft.channels.some((c) => c.id === id)) throw new CommandError(`channel ${id} exists`)
    draft.channels.push({ id, name: cleanName(seed.name), icon: seed.icon ?? 'other' })
  }, [id])
}

function requireChannel(draft: Parameters<Command>[0], channelId: string) {
  const channel = draft.channels.find((c) => c.id === channelId)
  if (!channel) throw new CommandError(`no channel ${channelId}`)
  return channel
}

export function renameChannel(channelId: string, name: string): Command {
  return (draft) => {
    const channel = requireChannel(draft, channelId)
    const next = cleanName(name)
    if (channel.name !== next) channel.name = next
  }
}

export function setChannelIcon(channelId: string, icon: ChannelIcon): Command {
  return (draft) => {
    const channel = requireChannel(draft, channelId)
    if (channel.icon !== icon) channel.icon = icon
  }
}

/** Deletes a channel; cards on it keep their text but lose the channel. */
export function deleteChannel(channelId: string): Command {
  return (draft) => {
    requireChannel(draft, channelId)
    draft.channels = draft.channels.filter((c) => c.id !== channelId)
    for (const map of draft.maps) {
      const cards = readList(map.cards)
      cards.forEach((plain, i) => {
        const card = plain.channelId === channelId ? map.cards[i] : undefined
        if (card) delete card.channelId
      })
    }
  }
}

// Personas ------------------------------------------------------------------

export interface NewPersona {
  name: string
  id?: string
}

export function addPersona(seed: NewPersona): CreatingCommand {
  const id = seed.id ?? newId('pe')
  return creating((draft) => {
    if (draft.personas.some((p) => p.id === id)) throw new CommandError(`persona ${id} exists`)
    const persona: Persona = {
      id,
      name: cleanName(seed.name),
      age: '',
      gender: '',
      jobTitle: '',
      incomeSource: '',
      segment: '',
      motivations: [],
      influencers: [],
      goals: [],
      frustrations: [],
      notes: '',
    }
    draft.personas.push(persona)
  }, [id])
}

/** The persona's one-line text fields (lists and photo have their own editors). */
export type PersonaFields = Partial<Pick<Persona, 'name' | 'age' | 'gender' | 'jobTitle' | 'incomeSource' | 'segment'>>

export function editPersona(personaId: string, fields: PersonaFields): Command {
  return (draft) => {
    const persona = draft.personas.find((p) => p.id === personaId)
    if (!persona) throw new CommandError(`no persona ${personaId}`)
    for (const key of ['name', 'age', 'gender', 'jobTitle', 'incomeSource', 'segment'] as const) {
      const value = fields[key]
      if (value === undefined) continue
      const next = key === 'name' ? cleanName(value) : clampText(value, LIMITS.shortText)
      if (persona[key] !== next) persona[key] = next
    }
  }
}

/** Deletes a persona; maps drawn for it fall back to "no persona". */
export function deletePersona(personaId: string): Command {
  return (draft) => {
    if (!draft.personas.some((p) => p.id === personaId)) throw new CommandError(`no persona ${personaId}`)
    draft.personas = draft.personas.filter((p) => p.id !== personaId)
    for (const map of draft.maps) if (map.personaId === personaId) delete map.personaId
  }
}

// Map settings --------------------------------------------------------------

export function setMapType(mapId: string, type: MapType): Command {
  return (draft) => {
    const map = findMap(draft, mapId)
    if (map.type !== type) map.type = type
  }
}

/** The persona the map is drawn for; null: none. */
export function setMapPersona(mapId: string, personaId: string | null): Command {
  return (draft) => {
    const map = findMap(draft, mapId)
    if (personaId === null) {
      if (map.personaId !== undefined) delete map.personaId
      return
    }
    if (!draft.personas.some((p) => p.id === personaId)) throw new CommandError(`no persona ${personaId}`)
    if (map.personaId !== personaId) map.personaId = personaId
  }
}
