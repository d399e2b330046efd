// Templates live in shared/templates; their tests sit here beside addMapFromTemplate, which uses them.
import { describe, expect, it } from 'vitest'
import { JourneyMap } from '../../../shared/model'
import {
  englishDefaults,
  getTemplate,
  instantiateTemplate,
  isTemplateId,
  nestTemplateStrings,
  TEMPLATE_IDS,
  templateKeys,
  templateStrings,
} from '../../../shared/templates'

const persian = (key: string, fallback: string) => templateStrings.fa[key] ?? `MISSING ${fallback}`

describe('map templates', () => {
  it.each(TEMPLATE_IDS)('%s instantiates into a valid map, in English and in Persian', (id) => {
    for (const t of [englishDefaults, persian]) {
      const map = instantiateTemplate(id, t)
      const parsed = JourneyMap.safeParse(map)
      expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true)
      expect(map.stages.length).toBeGreaterThan(0)
      expect(map.lanes.length).toBeGreaterThan(0)
      expect(JSON.stringify(map)).not.toContain('MISSING')
      expect(new Set([...map.stages, ...map.lanes].map((x) => x.id)).size).toBe(map.stages.length + map.lanes.length)
    }
  })

  it('ships the stage sets of the product brief', () => {
    const names = (id: (typeof TEMPLATE_IDS)[number]) => instantiateTemplate(id).stages.map((s) => s.name)
    expect(names('fourStage')).toEqual(['Reach & engage', 'Nurture & educate', 'Convert & close', 'Support & grow'])
    expect(names('fiveStage')).toEqual(['Awareness', 'Consideration', 'Purchase', 'Retention', 'Advocacy'])
    expect(names('sixStageEcommerce')).toEqual(['Awareness', 'Consideration', 'Acquisition', 'Purchase/Action', 'Service', 'Loyalty'])
    expect(names('serviceBlueprint')).toHaveLength(5)
  })

  it('gives journey templates the usual lanes and goals, and the blueprint its process lanes', () => {
    const five = instantiateTemplate('fiveStage')
    expect(five.lanes.map((l) => l.kind)).toEqual(['actions', 'touchpoints', 'thoughts', 'emotions', 'pain_points', 'opportunities', 'teams'])
    expect(five.stages.every((s) => s.customerGoal && s.businessGoal)).toBe(true)
    const blueprint = instantiateTemplate('serviceBlueprint')
    expect(blueprint.type).toBe('service_blueprint')
    expect(blueprint.lanes.map((l) => l.kind)).toEqual(expect.arrayContaining(['actions', 'frontstage', 'backstage', 'support', 'emotions']))
  })

  it('gives fresh ids on every instantiation', () => {
    const a = instantiateTemplate('fourStage')
    const b = instantiateTemplate('fourStage')
    expect(a.id).not.toBe(b.id)
    expect(a.stages[0]!.id).not.toBe(b.stages[0]!.id)
  })

  it('asks the translator for every name by key, with the English default', () => {
    const asked: Array<[string, string]> = []
    const map = instantiateTemplate('fiveStage', (key, fallback) => {
      asked.push([key, fallback])
      return `«${key}»`
    })
    expect(asked).toContainEqual(['templates.fiveStage.stages.awareness.name', 'Awareness'])
    expect(map.stages[0]!.name).toBe('«templates.fiveStage.stages.awareness.name»')
    expect(map.name).toBe('«templates.fiveStage.name»')
  })

  it('has a Persian string for every key and no stray ones', () => {
    const keys = templateKeys()
    expect(Object.keys(templateStrings.en).sort()).toEqual([...keys].sort())
    expect(Object.keys(templateStrings.fa).sort()).toEqual([...keys].sort())
    for (const key of keys) {
      expect(templateStrings.fa[key]).toMatch(/[\u0600-\u06FF]/) // written in Persian script
      expect(templateStrings.fa[key]!.length).toBeLessThanOrEqual(200)
    }
  })

  it('nests the flat keys for i18next resources', () => {
    const nested = nestTemplateStrings('en') as { templates: { fiveStage: { stages: { awareness: { name: string } } } } }
    expect(nested.templates.fiveStage.stages.awareness.name).toBe('Awareness')
  })

  it('knows its ids', () => {
    expect(isTemplateId('fiveStage')).toBe(true)
    expect(isTemplateId('nope')).toBe(false)
    expect(() => getTemplate('nope' as never)).toThrow(RangeError)
  })
})
