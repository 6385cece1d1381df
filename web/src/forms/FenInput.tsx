import { InputNumber, type InputNumberProps } from 'antd';
import { useI18n } from '../i18n/i18n';

/**
 * An amount in whole fen (the payloads' `…Fen` fields, 1 yuan = 100 fen) with its value in yuan
 * beside it, so 15000000 reads as 150,000.00 元. Given value and onChange by its Form.Item.
 */
export function FenInput(props: InputNumberProps<number>) {
  const { t } = useI18n();
  const { value } = props;
  return (
    <>
      <InputNumber<number> {...props} precision={0} style={{ width: '100%' }} />
      {typeof value === 'number' && (
        <div className="fen-yuan" aria-live="polite">
          = {t('yuan', { n: (value / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2 }) })}
        </div>
      )}
    </>
  );
}
