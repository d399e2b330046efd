import { describe, expect, it } from 'vitest'
import {
  addCard,
  addChannel,
  addMap,
  addPersona,
  addTeam,
  applyCommand,
  CommandError,
  deleteChannel,
  deletePersona,
  deleteTeam,
  editPersona,
  recolorTeam,
  renameChannel,
  renameTeam,
  setCardFields,
  setChannelIcon,
  setMapPersona,
  setMapType,
  TEAM_PALETTE,
  teamUsage,
} from '../../../shared/commands'
import { HexColor, makeMap, type Project } from '../../../shared/model'
import { emptyProject, firstMap, ids, run } from './fixture'

function withTeams() {
  let project = emptyProject()
  const { mapId, stages, lanes } = ids(project)
  project = run(project, addTeam({ name: 'Marketing', color: '#3355cc', id: 'tm' })).project
  project = run(project, addTeam({ name: 'Support', color: '#0e9384', id: 'ts' })).project
  project = run(project, addChannel({ name: 'Website', icon: 'website', id: 'cw' })).project
  project = run(project, addChannel({ name: 'Phone', id: 'cp' })).project
  const a = addCard(mapId, { stageId: stages[0]!, laneId: lanes[1]!, text: 'A', id: 'ca' })
  const b = addCard(mapId, { stageId: stages[1]!, laneId: lanes[1]!, text: 'B', id: 'cb' })
  project = run(run(project, a).project, b).project
  project = run(project, setCardFields(mapId, ['ca'], { teamIds: ['tm', 'ts'], channelId: 'cw' })).project
  project = run(project, setCardFields(mapId, ['cb'], { teamIds: ['ts'], channelId: 'cp' })).project
  return { project, mapId, stages }
}

/** Puts a team role on a stage and an action item owned by a team (no command exists for those yet). */
function withRolesAndActions(project: Project, stageId: string, teamId: string): Project {
  const map = firstMap(project)
  return {
    ...project,
    maps: [
      {
        ...map,
        stages: map.stages.map((s) => (s.id === stageId ? { ...s, teamRoles: [{ teamId, role: 'runs ads' }, { teamId: 'ts', role: 'answers' }] } : s)),
        actionItems: [{ id: 'ai', action: 'Fix checkout', ownerTeamId: teamId, impact: 'high', effort: 'low', priority: 1, status: 'todo' }],
      },
      ...project.maps.slice(1),
    ],
  }
}

describe('teams', () => {
  it('adds, renames and recolours a team; names are trimmed and clamped', () => {
    let project = emptyProject()
    const add = addTeam({ name: '  Sales  ', color: '#c4320a' })
    project = run(project, add).project
    const id = add.createdIds[0]!
    expect(project.teams).toEqual([{ id, name: 'Sales', color: '#c4320a' }])
    project = run(project, renameTeam(id, 'Inside sales')).project
    project = run(project, recolorTeam(id, '#7a5af8')).project
    expect(project.teams[0]).toMatchObject({ name: 'Inside sales', color: '#7a5af8' })
    project = run(project, renameTeam(id, 'x'.repeat(500))).project
    expect(project.teams[0]!.name).toHaveLength(200)
    expect(run(project, recolorTeam(id, '#7a5af8')).patches).toEqual([])
  })

  it('refuses colours that are not hex and unknown teams', () => {
    expect(() => addTeam({ name: 'X', color: 'red; background:url(x)' })).toThrow(CommandError)
    expect(() => recolorTeam('tm', 'blue')).toThrow(CommandError)
    expect(() => applyCommand(emptyProject(), renameTeam('nope', 'X'), 'x')).toThrow(CommandError)
    expect(() => applyCommand(emptyProject(), deleteTeam('nope'), 'x')).toThrow(CommandError)
    const { project } = withTeams()
    expect(() => applyCommand(project, addTeam({ name: 'Again', color: '#000', id: 'tm' }), 'x')).toThrow(CommandError)
  })

  it('the palette holds 8 valid, distinct hex colours', () => {
    expect(TEAM_PALETTE).toHaveLength(8)
    expect(new Set(TEAM_PALETTE.map((c) => c.toLowerCase())).size).toBe(8)
    for (const c of TEAM_PALETTE) expect(HexColor.safeParse(c).success).toBe(true)
  })

  it('deleting a team removes it from cards in every map, stage roles and action item owners', () => {
    const base = withTeams()
    let project = withRolesAndActions(base.project, base.stages[0]!, 'tm')
    // A second map whose card also names the team.
    const other = makeMap('Other', [{ name: 'S' }], [{ kind: 'actions', title: 'A' }])
    project = run(project, addMap(other)).project
    project = run(project, addCard(other.id, { stageId: other.stages[0]!.id, laneId: other.lanes[0]!.id, id: 'cx' })).project
    project = run(project, setCardFields(other.id, ['cx'], { teamIds: ['tm'] })).project
    expect(teamUsage(project, 'tm')).toBe(2)
    expect(teamUsage(project, 'ts')).toBe(2)

    const next = run(project, deleteTeam('tm')).project
    expect(next.teams.map((t) => t.id)).toEqual(['ts'])
    const map = firstMap(next)
    expect(map.cards.map((c) => [c.id, c.teamIds])).toEqual([
      ['ca', ['ts']],
      ['cb', ['ts']],
    ])
    expect(map.stages[0]!.teamRoles).toEqual([{ teamId: 'ts', role: 'answers' }])
    expect(map.actionItems[0]!.ownerTeamId).toBeUndefined()
    expect(map.actionItems[0]!.action).toBe('Fix checkout')
    expect(next.maps[1]!.cards[0]!.teamIds).toEqual([])
    expect(teamUsage(next, 'tm')).toBe(0)
  })
})

describe('channels', () => {
  it('adds with a default icon, renames, changes the icon', () => {
    let project = emptyProject()
    const add = addChannel({ name: ' Live chat ' })
    project = run(project, add).project
    const id = add.createdIds[0]!
    expect(project.channels).toEqual([{ id, name: 'Live chat', icon: 'other' }])
    project = run(project, renameChannel(id, 'Chat')).project
    project = run(project, setChannelIcon(id, 'chat')).project
    expect(project.channels[0]).toEqual({ id, name: 'Chat', icon: 'chat' })
    expect(() => applyCommand(project, renameChannel('nope', 'x'), 'x')).toThrow(CommandError)
  })

  it('deleting a channel clears it on the cards that used it, and only those', () => {
    const { project } = withTeams()
    const next = run(project, deleteChannel('cw')).project
    expect(next.channels.map((c) => c.id)).toEqual(['cp'])
    const cards = firstMap(next).cards
    expect(cards.find((c) => c.id === 'ca')!.channelId).toBeUndefined()
    expect('channelId' in cards.find((c) => c.id === 'ca')!).toBe(false)
    expect(cards.find((c) => c.id === 'cb')!.channelId).toBe('cp')
  })
})

describe('personas and map settings', () => {
  it('adds and edits a persona, and points a map at it', () => {
    let project = emptyProject()
    const { mapId } = ids(project)
    const add = addPersona({ name: 'Sara, 34' })
    project = run(project, add).project
    const id = add.createdIds[0]!
    project = run(project, editPersona(id, { jobTitle: 'Nurse', segment: 'Young families', name: ' Sara ' })).project
    expect(project.personas[0]).toMatchObject({ id, name: 'Sara', jobTitle: 'Nurse', segment: 'Young families', goals: [] })
    project = run(project, setMapPersona(mapId, id)).project
    expect(firstMap(project).personaId).toBe(id)
    expect(() => applyCommand(project, setMapPersona(mapId, 'nope'), 'x')).toThrow(CommandError)
    project = run(project, setMapPersona(mapId, null)).project
    expect('personaId' in firstMap(project)).toBe(false)
  })

  it('deleting a persona unsets it on maps drawn for it', () => {
    let project = emptyProject()
    const { mapId } = ids(project)
    project = run(project, addPersona({ name: 'Sara', id: 'pa' })).project
    project = run(project, setMapPersona(mapId, 'pa')).project
    project = run(project, deletePersona('pa')).project
    expect(project.personas).toEqual([])
    expect(firstMap(project).personaId).toBeUndefined()
  })

  it('sets the map type; setting the same type changes nothing', () => {
    let project = emptyProject()
    const { mapId } = ids(project)
    expect(firstMap(project).type).toBe('current_state')
    project = run(project, setMapType(mapId, 'service_blueprint')).project
    expect(firstMap(project).type).toBe('service_blueprint')
    expect(run(project, setMapType(mapId, 'service_blueprint')).patches).toEqual([])
    expect(() => applyCommand(project, setMapType('nope', 'future_state'), 'x')).toThrow(CommandError)
  })
})
