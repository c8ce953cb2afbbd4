import { SelectField } from '@tailwise/web-ui';
import { useQuery } from '@tanstack/react-query';
import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { animalsQuery } from '../clients/client-queries';

/**
 * Animal: the client's animals still alive, or none, since an appointment may be booked before
 * its animal is on record. For any form with an `animalId` field.
 */
export function AnimalSelect<TValues extends FieldValues & { animalId?: string | null }, TTransformed>({
  control,
  clientId,
}: {
  control: Control<TValues, unknown, TTransformed>;
  clientId: string;
}) {
  const animals = useQuery(animalsQuery(clientId));
  const living = (animals.data ?? []).filter((animal) => animal.status !== 'deceased');
  return (
    <SelectField
      control={control}
      name={'animalId' as FieldPath<TValues>}
      label="Animal"
      description={animals.isError ? `The animals could not be loaded: ${animals.error.message}` : undefined}
      options={[
        { value: '', label: animals.isPending ? 'Loading animals…' : living.length ? 'Not chosen yet' : 'No animals yet' },
        ...living.map((animal) => ({ value: animal.id, label: animal.name })),
      ]}
    />
  );
}
