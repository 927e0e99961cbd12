import { dutyCases } from '../../harness';
import { notebook, param } from './fixtures';

dutyCases('sagemaker-notebook-imdsv2', [
  {
    name: 'the notebook requires IMDSv2',
    build: (s) => notebook(s, { instanceMetadataServiceConfiguration: { minimumInstanceMetadataServiceVersion: '2' } }),
    path: 'Notebook',
    expect: 'configured',
  },
  { name: 'the notebook keeps the default (IMDSv1 accepted)', build: (s) => notebook(s), path: 'Notebook', expect: 'unconfigured' },
  {
    name: 'the notebook sets the minimum version 1',
    build: (s) => notebook(s, { instanceMetadataServiceConfiguration: { minimumInstanceMetadataServiceVersion: '1' } }),
    path: 'Notebook',
    expect: 'unconfigured',
  },
  {
    name: 'IMDSv2 is required by an escape-hatch override',
    build: (s) => notebook(s).addPropertyOverride('InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion', '2'),
    path: 'Notebook',
    expect: 'configured',
  },
  {
    name: 'the minimum version comes from a parameter',
    build: (s) => notebook(s, { instanceMetadataServiceConfiguration: { minimumInstanceMetadataServiceVersion: param(s) } }),
    path: 'Notebook',
    expect: 'unknown',
  },
]);
